"""Ingestion: fetch feeds and pages politely, turn HTML into articles, store them.

Modules by stage: ``urls`` (canonical form, address policy), ``http`` (fetch with limits),
``robots`` (robots.txt policy), ``feeds`` (RSS/Atom → links), ``charset``/``html*``
(page → :class:`~extractor.models.Article`) and ``run`` (the orchestration).
"""
