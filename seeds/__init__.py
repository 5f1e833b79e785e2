"""The seed data set: loaded into every new database."""
