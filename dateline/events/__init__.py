"""Stage placeholder: filled in by its own issue."""


def code_events(article, doc, ctx):
    return article
