"""The domain of Zuoci and its storage: events, guests, check-ins, import and export; no Qt."""
