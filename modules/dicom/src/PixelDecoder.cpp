// PixelDecoder: being written
