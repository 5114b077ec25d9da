"""Stage placeholder: filled in by its own issue."""


def find_quotes(article, doc, ctx):
    return article


def link_events(article):
    return article
