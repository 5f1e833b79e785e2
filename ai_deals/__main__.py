"""`python -m ai_deals` is the `ai-deals` command."""

import sys

from .cli import main

sys.exit(main())
