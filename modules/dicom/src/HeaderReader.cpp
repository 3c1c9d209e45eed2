// HeaderReader: being written
