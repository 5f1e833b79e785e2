"""The Nordwind Robotics story tester qa48 wrote (TechCrunch, 2026-11-12): a round in one sentence, its
co-investors in the next; shared by the CLI and explorer tests of fixE26."""

TECHCRUNCH = """title: Nordwind Robotics grabs $45M Series A
date: 2026-11-12
url: https://techcrunch.com/2026/11/12/nordwind-robotics-series-a/
publisher: TechCrunch

Nordwind Robotics, a Berlin-based startup that builds foundation models for warehouse robots, has raised \
$45 million in a Series A round led by Lightspeed Venture Partners.

NVentures, Nvidia's venture capital arm, and Eurazeo also participated in the round.
"""
