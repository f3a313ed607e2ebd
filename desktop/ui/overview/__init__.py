"""概览: today's to-dos across shops, shop cards and charts (issue 9)."""
