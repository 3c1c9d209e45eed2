// Phantom: being written
