"""Builds gold/43NN_*.json and gold-facts/43NN_*.json from the compact hand annotations in ann/43NN_*.py,
with the same expander as heldout5 (corpus/heldout5/annotate.py). Regenerate with
`python3 corpus/heldout43/annotate.py`."""
import os, runpy

os.environ["ANNOTATE_SET_DIR"] = os.path.dirname(os.path.abspath(__file__))
runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "heldout5", "annotate.py"), run_name="__main__")
