//! Saves text as a file the reader downloads.
