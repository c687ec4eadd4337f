"""French words of page furniture and credit lines."""

from __future__ import annotations

from ..base import PageWords

PAGE = PageWords(
    furniture=("en direct", "direct", "flash", "exclusif", r"cr[ée]dits?\b.*", "communiqué de presse",
               r"accueil\b.*[›>»/].*"),  # fmt: skip
    byline=("par",),
    publisher_bylines=(),
    agency_with=("avec",),
    agencies=("agences",),
    newsroom=("rédaction",),
    dateline_articles=("le",),
    date_line_words=("publié", "publiée", "mis", "mise", "à", "a", "jour", "le", "la", "lundi", "mardi", "mercredi",
                     "jeudi", "vendredi", "samedi", "dimanche", "lecture", "minutes", "minute", "min",
                     "dernière"),  # fmt: skip
    not_outlets=("dr", "droits", "tous", "partager", "imprimer", "commentaires", "commentaire", "la rédaction",
                 "rédaction", "photo", "crédit"),  # fmt: skip
    name_joiners=("et", "de"),
)
