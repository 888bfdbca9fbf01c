"""Units: layouts are in millimetres, reportlab draws in points."""

MM: float = 72.0 / 25.4  # points per millimetre
