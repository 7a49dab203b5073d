"""PDF reports: visit reports and site reports (ReportLab; no Qt here)."""
