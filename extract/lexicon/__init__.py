"""Language data: word lists and tables as TSV files in data/, read and checked by loader.py; the CAMEO
event lexicon (cameo.py); dependency labels and tags (syntax.py)."""
