-- Municipalities that have merged (src/regions/data/municipality_mergers.csv): saved codes
-- become the code of the municipality they joined, so they equal a code in force.
-- Codes saved later are still read through crate::regions, which resolves them too.
UPDATE families SET municipality = '214' WHERE municipality = '099';
UPDATE families SET municipality = '507' WHERE municipality = '588';
UPDATE peer_groups SET region = '214' WHERE region = '099';
UPDATE peer_groups SET region = '507' WHERE region = '588';
