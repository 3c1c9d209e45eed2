// Volume: being written
