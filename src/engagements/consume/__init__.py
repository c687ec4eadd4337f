"""For people who use the data: load a package, flat views, exports (SQLite, Parquet), the HTML report."""
