## Figures: the staff dashboard and the yearly report

figures-dashboard-title = Dashboard
figures-privacy-note = Figures about families are totals only; any count below five is shown as "fewer than 5", so that no family can be recognised.
figures-period = Period
figures-period-12w = The last 12 weeks
figures-period-6m = The last 6 months
figures-period-12m = The last 12 months
figures-show = Show
figures-download-csv = Download as CSV
figures-yearly-report = Yearly report
figures-year-title = Figures for { $year }
figures-year-previous = The year before
figures-total = Total
figures-fewer-than-5 = fewer than 5
figures-sessions-held = Sessions held
figures-attendance-rate = Attendance (of members marked)
figures-families-active = Families who took part
figures-reports-filed = Session reports filed
figures-reports-overdue = Reports more than 48 hours late
figures-concerns-some = Concerns reported
figures-concerns-urgent = Urgent concerns
figures-facilitators-in-training = Facilitators in training
figures-facilitators-certified = Certified facilitators
figures-facilitators-expiring = Certificates expiring within 60 days
figures-facilitators-lapsed = Facilitators whose certificate lapsed
