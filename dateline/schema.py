"""Write the Article JSON Schema: ``python -m dateline.schema docs/schema/article.schema.json``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from dateline.model import json_schema


def render() -> str:
    return json.dumps(json_schema(), indent=2, sort_keys=True) + "\n"


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/schema/article.schema.json")
    target.write_text(render())
    print(f"wrote {target}")
