-- Rows pulled from the server arrive in the server's order, one page at a time. The server has
-- already enforced the plate rules, so while a pull is being applied (its transaction holds the
-- 'applying_pull' row of sync_state) these triggers stand aside; at any other time they hold.

DROP TRIGGER registrations_current_needs_live_vehicle_insert;
DROP TRIGGER registrations_current_needs_live_vehicle_update;
DROP TRIGGER vehicles_delete_releases_plate_first;

CREATE TRIGGER registrations_current_needs_live_vehicle_insert
BEFORE INSERT ON registrations
WHEN NEW.valid_to IS NULL AND (SELECT deleted_at FROM vehicles WHERE id = NEW.vehicle_id) IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying_pull')
BEGIN
    SELECT RAISE(ABORT, 'a deleted vehicle cannot hold a current plate');
END;
CREATE TRIGGER registrations_current_needs_live_vehicle_update
BEFORE UPDATE OF valid_to, vehicle_id ON registrations
WHEN NEW.valid_to IS NULL AND (SELECT deleted_at FROM vehicles WHERE id = NEW.vehicle_id) IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying_pull')
BEGIN
    SELECT RAISE(ABORT, 'a deleted vehicle cannot hold a current plate');
END;
CREATE TRIGGER vehicles_delete_releases_plate_first
BEFORE UPDATE OF deleted_at ON vehicles
WHEN NEW.deleted_at IS NOT NULL
     AND EXISTS (SELECT 1 FROM registrations WHERE vehicle_id = NEW.id AND valid_to IS NULL)
     AND NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying_pull')
BEGIN
    SELECT RAISE(ABORT, 'end the current registration before deleting the vehicle');
END;
