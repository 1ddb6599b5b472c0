"""MedFed command line: the `medfed` console command and the demo."""
