from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'comparison.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_m = missing
    pass
    parent_template = environment.get_template('page.html', 'comparison.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_m = context.vars['m'] = environment.get_template('macros.html', 'comparison.html').make_module(context.get_all(), True, {'m': l_0_m})
    context.exported_vars.discard('m')
    yield from parent_template.root_render_func(context)

def block_body(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_subject = resolve('subject')
    l_0_tr = resolve('tr')
    l_0_share = missing
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['round']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'round' found.")
    try:
        t_3 = environment.filters['unique']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'unique' found.")
    pass
    yield '<h1>'
    l_1_loop = missing
    for (l_1_state_id, l_1_name), l_1_loop in LoopContext(environment.getattr((undefined(name='subject') if l_0_subject is missing else l_0_subject), 'states'), undefined):
        _loop_vars = {}
        pass
        if (not environment.getattr(l_1_loop, 'first')):
            pass
            yield ', '
        yield escape(environment.finalize(context.eval_ctx, l_1_name))
    l_1_loop = l_1_state_id = l_1_name = missing
    yield "</h1><p class='subtitle'>"
    yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'Side by side on {date}', date=environment.getattr((undefined(name='subject') if l_0_subject is missing else l_0_subject), 'as_of'), _block_vars=_block_vars)))
    yield '</p>'
    l_0_share = t_2((82 / t_1(environment.getattr((undefined(name='subject') if l_0_subject is missing else l_0_subject), 'states'))), 1)
    _block_vars['share'] = l_0_share
    yield '<table class=\'grid\' width="100%"><tr><th width="18%"></th>'
    for (l_1_state_id, l_1_name) in environment.getattr((undefined(name='subject') if l_0_subject is missing else l_0_subject), 'states'):
        _loop_vars = {}
        pass
        yield '<th width="'
        yield escape(environment.finalize(context.eval_ctx, (undefined(name='share') if l_0_share is missing else l_0_share)))
        yield '%">'
        yield escape(environment.finalize(context.eval_ctx, l_1_name))
        yield '</th>'
    l_1_state_id = l_1_name = missing
    yield '</tr>'
    for (l_1_indicator, l_1_values) in environment.getattr((undefined(name='subject') if l_0_subject is missing else l_0_subject), 'rows'):
        l_1_language = resolve('language')
        l_1_series_label = resolve('series_label')
        _loop_vars = {}
        pass
        yield '<tr><td><b>'
        yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr(l_1_indicator, 'label_in'), (undefined(name='language') if l_1_language is missing else l_1_language), _loop_vars=_loop_vars)))
        yield '</b></td>'
        for l_2_fact in l_1_values:
            l_2_value_text = resolve('value_text')
            _loop_vars = {}
            pass
            yield '<td>'
            yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='value_text') if l_2_value_text is missing else l_2_value_text), l_1_indicator, l_2_fact, _loop_vars=_loop_vars)))
            for l_3_source_id in t_3(environment, environment.getattr(l_2_fact, 'sources')):
                l_3_m = resolve('m')
                _loop_vars = {}
                pass
                yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr((undefined(name='m') if l_3_m is missing else l_3_m), 'cite'), l_3_source_id, _loop_vars=_loop_vars)))
            l_3_source_id = l_3_m = missing
            if environment.getattr(l_2_fact, 'note'):
                pass
                yield "<br><span class='note'>"
                yield escape(environment.finalize(context.eval_ctx, environment.getattr(l_2_fact, 'note')))
                yield '</span>'
            yield '</td>'
        l_2_fact = l_2_value_text = missing
        yield '</tr>'
        if ((environment.getattr(l_1_indicator, 'key') == 'trade-with-china') and environment.getattr((undefined(name='subject') if l_0_subject is missing else l_0_subject), 'pictures')):
            pass
            yield '<tr><td><b>'
            yield escape(environment.finalize(context.eval_ctx, (undefined(name='series_label') if l_1_series_label is missing else l_1_series_label)))
            yield '</b></td>'
            for (l_2_state_id, l_2_name) in environment.getattr((undefined(name='subject') if l_0_subject is missing else l_0_subject), 'states'):
                l_2_private_url = resolve('private_url')
                l_2_sparkline_scheme = resolve('sparkline_scheme')
                _loop_vars = {}
                pass
                yield '<td>'
                if (l_2_state_id in environment.getattr((undefined(name='subject') if l_0_subject is missing else l_0_subject), 'pictures')):
                    pass
                    yield '<img src="'
                    yield escape(environment.finalize(context.eval_ctx, context.call((undefined(name='private_url') if l_2_private_url is missing else l_2_private_url), (undefined(name='sparkline_scheme') if l_2_sparkline_scheme is missing else l_2_sparkline_scheme), l_2_state_id, _loop_vars=_loop_vars)))
                    yield '" width="72" height="16">'
                yield '</td>'
            l_2_state_id = l_2_name = l_2_private_url = l_2_sparkline_scheme = missing
            yield '</tr>'
    l_1_indicator = l_1_values = l_1_language = l_1_series_label = missing
    yield "</table><p class='note'>"
    for (l_1_indicator, l_1_values) in environment.getattr((undefined(name='subject') if l_0_subject is missing else l_0_subject), 'rows'):
        l_1_language = resolve('language')
        _loop_vars = {}
        pass
        yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr(l_1_indicator, 'label_in'), (undefined(name='language') if l_1_language is missing else l_1_language), _loop_vars=_loop_vars)))
        yield ': '
        yield escape(environment.finalize(context.eval_ctx, context.call(environment.getattr(l_1_indicator, 'meaning_in'), (undefined(name='language') if l_1_language is missing else l_1_language), _loop_vars=_loop_vars)))
        yield '. '
    l_1_indicator = l_1_values = l_1_language = missing
    yield '</p>'

blocks = {'body': block_body}
debug_info = '2=13&3=16&4=20&5=51&6=60&8=62&9=65&10=75&11=81&12=83&14=103&15=106&19=124'