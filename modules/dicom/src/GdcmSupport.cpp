// GdcmSupport: being written
