UPDATE run_status SET status = 1;
