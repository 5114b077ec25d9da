"""Stage placeholder: filled in by its own issue."""


def find_actors(article, doc, ctx):
    return article
