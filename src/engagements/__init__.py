"""engagements: security-cooperation engagements reported in the news, as validated open data.

from engagements import Article, Person, Organisation, Meeting, Exercise, validate
"""

from .models import Article, Dataset, Evidence, Exercise, Meeting, Organisation, Person
from .report import Issue, Location, Report

__version__ = "0.1.0"


def validate(path: str) -> Report:
    """Validate a data package directory or its `datapackage.json`; never raises on bad data."""
    from .package.validate import validate_package

    return validate_package(path)


__all__ = [
    "Article",
    "Dataset",
    "Evidence",
    "Exercise",
    "Issue",
    "Location",
    "Meeting",
    "Organisation",
    "Person",
    "Report",
    "__version__",
    "validate",
]
