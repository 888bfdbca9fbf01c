"""Pure rules of the ATA carnet: no Qt, no SQL, no I/O. ``today`` is always an argument."""
