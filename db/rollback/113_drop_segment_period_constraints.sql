-- client_segmentation is a baseline table and stays; only the constraints 013 added go.
ALTER TABLE client_segmentation DROP CONSTRAINT IF EXISTS client_segmentation_no_overlap;
ALTER TABLE client_segmentation DROP CONSTRAINT IF EXISTS client_segmentation_period_order;
