chat-error-bad-frame = Meddelandet kunde inte läsas. Ladda om sidan.
chat-error-version = Den här sidan är föråldrad. Ladda om den.
chat-error-too-long = Ett meddelande kan vara 1–4000 tecken långt.
chat-error-slow-down = Du skriver väldigt snabbt. Vänta en stund innan du skickar mer.
