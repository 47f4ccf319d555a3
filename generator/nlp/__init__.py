"""German NLP without a trained pipeline: segmentation, tagging and spaCy components."""
