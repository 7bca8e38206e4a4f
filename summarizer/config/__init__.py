"""A site's own configuration: ``summarizer.toml`` (project.py), its glossary,
personas and vocabulary layered over the package defaults (layers.py, load.py),
its templates looked up before the package's (templates.py), and ``summarizer
new`` (scaffold.py)."""
