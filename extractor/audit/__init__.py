"""Cross-source audit: find figures about the same fact that cannot all be true.

``audit(claims, articles)`` reads claims as a stream, files each under its fact key
(metric, side, scope, unit), counts syndicated copies as one source, judges each window
of each fact against the robust consensus of its independent sources, checks each
article's own arithmetic, and returns an :class:`~extractor.models.AuditReport` with
``scale_error``, ``conflict``, ``part_whole`` and ``arithmetic`` findings and the
consensus per fact.
"""

from extractor.audit.engine import audit
from extractor.audit.policy import AuditSettings
from extractor.audit.records import ArticleInfo, AuditInput

__all__ = ["ArticleInfo", "AuditInput", "AuditSettings", "audit"]
