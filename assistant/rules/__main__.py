"""``python -m assistant.rules coverage [--json]`` | ``check`` | ``audit [--json]`` | ``reachability [--json]``."""

from __future__ import annotations

import sys

USAGE = "usage: python -m assistant.rules coverage [--json] | check | audit [--json] | reachability [--json]"

if __name__ == "__main__":
    args = sys.argv[1:]
    if args[:1] == ["coverage"]:
        from assistant.rules.coverage import main
    elif args[:1] == ["check"]:
        from assistant.rules.check import main
    elif args[:1] == ["audit"]:
        from assistant.rules.audit import main
    elif args[:1] == ["reachability"]:
        from assistant.rules.reachability import main
    else:
        print(USAGE, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(args[1:]))
