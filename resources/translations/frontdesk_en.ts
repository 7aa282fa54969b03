<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ArrivalsPane</name>
    <message numerus="yes">
        <location filename="../../frontdesk/ui/arrivals_pane.py" line="+213"/>
        <source>%n patient(s) checked in and waiting, longest first.</source>
        <translation>
            <numerusform>%n patient checked in and waiting.</numerusform>
            <numerusform>%n patients checked in and waiting, longest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message numerus="yes">
        <location filename="../../frontdesk/ui/booking_dialog.py" line="+838"/>
        <source>No free time in the next %n days.</source>
        <translation>
            <numerusform>No free time in the next day.</numerusform>
            <numerusform>No free time in the next %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClashText</name>
    <message numerus="yes">
        <location filename="../../frontdesk/ui/reschedule_dialog.py" line="+53"/>
        <source>Overlaps %1 and %n more</source>
        <translation>
            <numerusform>Overlaps %1 and %n more</numerusform>
            <numerusform>Overlaps %1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientDetails</name>
    <message numerus="yes">
        <location filename="../../frontdesk/ui/patient_details.py" line="+205"/>
        <source>Born %1 (%n years)</source>
        <translation>
            <numerusform>Born %1 (%n year)</numerusform>
            <numerusform>Born %1 (%n years)</numerusform>
        </translation>
    </message>
</context>
</TS>
