# Thin aliases for dev.py, which needs only Python and pip.
.PHONY: check test dataset schema
check test:
	python3 dev.py test
dataset:
	python3 dev.py dataset
schema:
	.venv/bin/engagements schema --root .
