"""Cross-source audit: find figures about the same fact that cannot all be true.

``audit(claims, articles)`` groups claims into facts (metric, side, scope, unit, window),
counts syndicated copies as one source, and returns an :class:`~extractor.models.AuditReport`
with ``scale_error``, ``conflict`` and ``part_whole`` findings and the consensus per fact.
"""

from extractor.audit.engine import audit
from extractor.audit.policy import AuditSettings
from extractor.audit.records import ArticleInfo, AuditInput

__all__ = ["ArticleInfo", "AuditInput", "AuditSettings", "audit"]
