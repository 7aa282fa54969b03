<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountStatusStrip</name>
    <message numerus="yes">
        <location filename="../../frontdesk/ui/status_bar.py" line="+263"/>
        <location line="+8"/>
        <source>%Ln request(s) left today</source>
        <translation>
            <numerusform>%Ln request left today</numerusform>
            <numerusform>%Ln requests left today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-6"/>
        <location line="+7"/>
        <source>%n write(s) waiting</source>
        <translation>
            <numerusform>%n write waiting</numerusform>
            <numerusform>%n writes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n change(s) saved here, waiting to be sent</source>
        <translation>
            <numerusform>%n change saved here, waiting to be sent</numerusform>
            <numerusform>%n changes saved here, waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n write(s) waiting in all</source>
        <translation>
            <numerusform>%n write waiting in all</numerusform>
            <numerusform>%n writes waiting in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArrivalsPane</name>
    <message numerus="yes">
        <location filename="../../frontdesk/ui/arrivals_pane.py" line="+214"/>
        <source>%n patient(s) checked in and waiting, longest first.</source>
        <translation>
            <numerusform>%n patient checked in and waiting.</numerusform>
            <numerusform>%n patients checked in and waiting, longest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookController</name>
    <message numerus="yes">
        <location filename="../../frontdesk/ui/window/book_controller.py" line="+273"/>
        <source>Showing the %n providers of %1; choose others (or save a view) under Providers</source>
        <translation>
            <numerusform>Showing the provider of %1; choose others (or save a view) under Providers</numerusform>
            <numerusform>Showing the %n providers of %1; choose others (or save a view) under Providers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookCounts</name>
    <message numerus="yes">
        <location filename="../../frontdesk/ui/book/text.py" line="+54"/>
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n appointment</numerusform>
            <numerusform>%n appointments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message numerus="yes">
        <location filename="../../frontdesk/ui/booking_dialog.py" line="+768"/>
        <source>Book %n appointments</source>
        <translation>
            <numerusform>Book %n appointment</numerusform>
            <numerusform>Book %n appointments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Series booked: %n appointments.</source>
        <translation>
            <numerusform>Series booked: %n appointment.</numerusform>
            <numerusform>Series booked: %n appointments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n saved, to be sent when the vendor answers.</source>
        <translation>
            <numerusform>%n saved, to be sent when the vendor answers.</numerusform>
            <numerusform>%n saved, to be sent when the vendor answers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+173"/>
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
    <name>ConfirmationsDialog</name>
    <message numerus="yes">
        <location filename="../../frontdesk/ui/confirmations_dialog.py" line="+138"/>
        <source>%n to call</source>
        <translation>
            <numerusform>%n to call</numerusform>
            <numerusform>%n to call</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DomainPlurals</name>
    <message numerus="yes">
        <location filename="../../frontdesk/ui/domain_text.py" line="+260"/>
        <source>{provider} already has {first} and {second} and %n more: book anyway?</source>
        <translation>
            <numerusform>{provider} already has {first} and {second} and %n more: book anyway?</numerusform>
            <numerusform>{provider} already has {first} and {second} and %n more: book anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{provider} already has {first} and {second} and %n more: save anyway?</source>
        <translation>
            <numerusform>{provider} already has {first} and {second} and %n more: save anyway?</numerusform>
            <numerusform>{provider} already has {first} and {second} and %n more: save anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The waiting writes could not be read back (at least %n lost).</source>
        <translation>
            <numerusform>The waiting writes could not be read back (at least %n lost).</numerusform>
            <numerusform>The waiting writes could not be read back (at least %n lost).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n waiting writes were read back and queued again</source>
        <translation>
            <numerusform>%n waiting write was read back and queued again</numerusform>
            <numerusform>%n waiting writes were read back and queued again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The account settings could not be read back (at least %n lost).</source>
        <translation>
            <numerusform>The account settings could not be read back (at least %n lost).</numerusform>
            <numerusform>The account settings could not be read back (at least %n lost).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n account settings were read back and kept</source>
        <translation>
            <numerusform>%n account setting was read back and kept</numerusform>
            <numerusform>%n account settings were read back and kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{read}; at least %n could not be read and are lost.</source>
        <translation>
            <numerusform>{read}; at least %n could not be read and is lost.</numerusform>
            <numerusform>{read}; at least %n could not be read and are lost.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpeningsPane</name>
    <message numerus="yes">
        <location filename="../../frontdesk/ui/openings_pane.py" line="+521"/>
        <source>%n opening(s) left: the others were just taken.</source>
        <translation>
            <numerusform>%n opening left: the others were just taken.</numerusform>
            <numerusform>%n openings left: the others were just taken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>No opening in the next %n days.</source>
        <translation>
            <numerusform>No opening in the next day.</numerusform>
            <numerusform>No opening in the next %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n openings (the first %n shown), earliest first in each location. Enter books the selected one.</source>
        <translation>
            <numerusform>%n opening (the first %n shown), earliest first in each location. Enter books the selected one.</numerusform>
            <numerusform>%n openings (the first %n shown), earliest first in each location. Enter books the selected one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n openings (the first %n shown), earliest first. Enter books the selected one.</source>
        <translation>
            <numerusform>%n opening (the first %n shown), earliest first. Enter books the selected one.</numerusform>
            <numerusform>%n openings (the first %n shown), earliest first. Enter books the selected one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n openings, earliest first in each location. Enter books the selected one.</source>
        <translation>
            <numerusform>%n opening, earliest first in each location. Enter books the selected one.</numerusform>
            <numerusform>%n openings, earliest first in each location. Enter books the selected one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n openings, earliest first. Enter books the selected one.</source>
        <translation>
            <numerusform>%n opening, earliest first. Enter books the selected one.</numerusform>
            <numerusform>%n openings, earliest first. Enter books the selected one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PagesText</name>
    <message numerus="yes">
        <location filename="../../frontdesk/ui/window/day_sheet_export.py" line="+51"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientDetails</name>
    <message numerus="yes">
        <location filename="../../frontdesk/ui/patient_details.py" line="+272"/>
        <source>Born %1 (%n years)</source>
        <translation>
            <numerusform>Born %1 (%n year)</numerusform>
            <numerusform>Born %1 (%n years)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientPane</name>
    <message numerus="yes">
        <location filename="../../frontdesk/ui/patient_pane.py" line="+286"/>
        <source>%Ln patient(s) in the cache. Type to search.</source>
        <translation>
            <numerusform>%Ln patient in the cache. Type to search.</numerusform>
            <numerusform>%Ln patients in the cache. Type to search.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProviderCount</name>
    <message numerus="yes">
        <location filename="../../frontdesk/ui/window/actions.py" line="+97"/>
        <source>%n of %1 providers</source>
        <translation>
            <numerusform>%n of %1 providers</numerusform>
            <numerusform>%n of %1 providers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeriesPanel</name>
    <message numerus="yes">
        <location filename="../../frontdesk/ui/series_panel.py" line="+367"/>
        <source>%n need a look (marked ⚠).</source>
        <translation>
            <numerusform>%n need a look (marked ⚠).</numerusform>
            <numerusform>%n need a look (marked ⚠).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n skipped.</source>
        <translation>
            <numerusform>%n skipped.</numerusform>
            <numerusform>%n skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeriesScope</name>
    <message numerus="yes">
        <location filename="../../frontdesk/ui/series_actions.py" line="+122"/>
        <source>Move %n appointments by the same shift?</source>
        <translation>
            <numerusform>Move %n appointment by the same shift?</numerusform>
            <numerusform>Move %n appointments by the same shift?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n appointments cancelled</source>
        <translation>
            <numerusform>%n appointment cancelled</numerusform>
            <numerusform>%n appointments cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n appointments moved</source>
        <translation>
            <numerusform>%n appointment moved</numerusform>
            <numerusform>%n appointments moved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceCounts</name>
    <message numerus="yes">
        <location filename="../../frontdesk/ui/openings_pane.py" line="-397"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetCounts</name>
    <message numerus="yes">
        <location filename="../../frontdesk/ui/day_sheet.py" line="+205"/>
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n appointment</numerusform>
            <numerusform>%n appointments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n to call</source>
        <translation>
            <numerusform>%n to call</numerusform>
            <numerusform>%n to call</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaitlistOffer</name>
    <message numerus="yes">
        <location filename="../../frontdesk/ui/waitlist_offer.py" line="+40"/>
        <source>%n waiting patient(s) fit %1 with %2</source>
        <translation>
            <numerusform>%n waiting patient fits %1 with %2</numerusform>
            <numerusform>%n waiting patients fit %1 with %2</numerusform>
        </translation>
    </message>
</context>
</TS>
