// SeriesGeometry: being written
