"""Per-account coordinators: pulls into the cache, the outbox of writes, online/offline state."""
