"""Attribution: who (actor), what (subject) and when (horizon) of every figure."""
