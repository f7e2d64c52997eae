"""Extra checks for heldout43 (beyond annotate.py's), shared by the held-out sets: corpus/annotation.py's
check_pages. Run after annotate.py: `python3 corpus/heldout43/check.py`."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from annotation import check_pages

check_pages(HERE)
