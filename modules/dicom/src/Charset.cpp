// Charset: being written
