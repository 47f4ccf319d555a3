"""German NLP without a trained pipeline: segmentation, tagging and spaCy components."""


class PipelineError(Exception):
    """The German NLP resources are not installed; the message says what to install. Defined
    here, where importing it loads nothing, so the command line can catch it without spaCy."""
