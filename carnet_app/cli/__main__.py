from carnet_app.command_line import carnet

raise SystemExit(carnet())
