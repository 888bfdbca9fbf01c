"""What a holder's desk adds: registering a carnet issued anywhere; and, on a chamber's desk,
reviewing a holder's signed record at check-in."""
