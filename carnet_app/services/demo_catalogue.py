"""What the demo carnets are made of: holders' names and towns, goods with their origin and
unit price, destinations, intended uses and trade fairs (``demo_data`` draws from them)."""

from __future__ import annotations

FIRST = [
    "Atelier",
    "Studio",
    "Maison",
    "Ateliers",
    "Société",
    "Groupe",
    "Compagnie",
    "Bureau",
    "Werkstatt",
    "Fabbrica",
    "Estudio",
    "Laboratoire",
    "Productions",
    "Optique",
]
SECOND = [
    "Lumière",
    "Horizon",
    "Boréal",
    "Vallée",
    "Atlas",
    "Mistral",
    "Orion",
    "Cèdre",
    "Granit",
    "Azur",
    "Rhône",
    "Loire",
    "Alpes",
    "Nordique",
    "Sirocco",
    "Opale",
    "Северная нить",
    "東京",
    "Ελληνική",
    "Κύκλος",
]
FORMS = ["SARL", "SAS", "SA", "GmbH", "S.r.l.", "Ltd", "S.L.", "& Fils"]
CITIES = [
    ("Lyon", "69001"),
    ("Paris", "75011"),
    ("Marseille", "13002"),
    ("Lille", "59000"),
    ("Nantes", "44000"),
    ("Bordeaux", "33000"),
    ("Grenoble", "38000"),
    ("Strasbourg", "67000"),
    ("Toulouse", "31000"),
    ("Rennes", "35000"),
]
PRODUCTS = [
    ("Digital cinema camera body ARRI Alexa Mini LF", "DE", 62000),
    ("Prime lens Zeiss Supreme Prime 50 mm", "DE", 14200),
    ("Zoom lens Angenieux Optimo 24-290 mm", "FR", 71000),
    ("LED panel ARRI SkyPanel S60-C", "DE", 5900),
    ("Wireless video transmitter Teradek Bolt 6", "US", 7400),
    ("Field monitor SmallHD Cine 7", "US", 2900),
    ("Audio recorder Sound Devices 833", "US", 4300),
    ("Laptop Apple MacBook Pro 16", "CN", 3600),
    ("Espresso machine Aurora 2 groups", "IT", 8900),
    ("LED screen Samsung QM55B 55 inch", "KR", 2900),
    ("Demonstration turbine model 1:10", "FR", 18500),
    ("Fabric sample book spring collection", "FR", 180),
    ("Watch prototype steel case", "CH", 4200),
    ("Drone DJI Inspire 3", "CN", 16500),
    ("Tripod legs Sachtler flowtech 100", "DE", 2100),
    ("Measuring instrument Keysight N9020B", "MY", 39000),
    ("Surgical microscope demonstrator", "DE", 54000),
    ("Electric guitar Fender Stratocaster", "US", 1900),
    ("Grand piano Steinway model B", "DE", 98000),
    ("Mannequin with evening dress", "FR", 1400),
]
DESTINATIONS = [
    "CH",
    "NO",
    "GB",
    "US",
    "JP",
    "KR",
    "SG",
    "AU",
    "CA",
    "TR",
    "IL",
    "ZA",
    "AE",
    "CN",
    "HK",
    "NZ",
    "MA",
    "RS",
]
USES = ["PE", "PE", "PE", "EF", "EF", "CS"]
USE_DESCRIPTIONS = {
    "PE": "Professional equipment",
    "EF": "Goods for display at a trade fair",
    "CS": "Commercial samples",
}
# an EF carnet names its event (box C): a fair's name and place
EVENTS = [
    "Salon international de l'audiovisuel, Genève",
    "Baselworld, Messe Basel",
    "Oslo Design Fair, Lillestrøm",
    "Tokyo International Gift Show, Big Sight",
    "Milano Design Week, Fiera Milano Rho",
]
