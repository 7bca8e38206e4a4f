"""A reader's digest: editions of the quick reads, grouped and deduplicated.

``edition`` picks the stories of an edition (a week by default), ``build``
turns them into one reader's entries grouped by company or topic with no
sentence twice and relative dates resolved, and ``text`` and ``email``
write it as Markdown, plain text or an HTML e-mail.
"""
