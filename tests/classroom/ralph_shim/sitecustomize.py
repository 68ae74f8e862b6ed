"""Make Ralph's file backend append, so it stores more than the first request.

ralph-malph 4.x and 5.1 write every request to ``fs_lrs.jsonl`` with the backend's default
operation, CREATE, which fails once the file exists ("already exists and overwrite is not
allowed"): only the first request is ever stored. The test server starts with this folder
on PYTHONPATH; everything else (validation, ids, conflicts, queries) is Ralph's own code.
"""

try:
    from ralph.backends.data.base import BaseOperationType
    from ralph.backends.lrs.fs import FSLRSBackend
except ImportError:  # not Ralph's interpreter: change nothing
    pass
else:
    _write = FSLRSBackend.write

    def _append(self, data, target=None, chunk_size=None, ignore_errors=False, operation_type=None):
        return _write(
            self,
            data,
            target,
            chunk_size,
            ignore_errors,
            operation_type or BaseOperationType.APPEND,
        )

    FSLRSBackend.write = _append
