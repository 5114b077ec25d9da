"""Scale-out on Dask: shard the inputs, code each shard on a worker, write a partitioned Parquet dataset.

``ingest_dask`` is the Python API behind ``dateline ingest --engine dask``; ``process_shard`` is the
unit of work shared by local and distributed runs; ``load_dataset`` puts a dataset into the store.
"""

from dateline.distributed.dataset import iter_articles, read_table
from dateline.distributed.driver import RunReport, ingest_dask
from dateline.distributed.load import load_dataset
from dateline.distributed.shards import ShardSpec, plan_shards
from dateline.distributed.work import process_shard

__all__ = ["RunReport", "ShardSpec", "ingest_dask", "iter_articles", "load_dataset", "plan_shards",
           "process_shard", "read_table"]
