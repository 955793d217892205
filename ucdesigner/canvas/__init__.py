"""The diagram canvas: a QGraphicsScene that is a projection of the Document."""
