"""Sub-commands, one module each (see summarizer.cli.COMMANDS)."""
